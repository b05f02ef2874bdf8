fn main() {
    mediation_explorer::start();
}
