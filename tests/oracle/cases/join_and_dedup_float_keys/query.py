# Floating-point join keys: Spark normalizes equi-join keys (NormalizeFloatingNumbers),
# so -0.0 meets 0.0 and NaN meets NaN; then the same for dropDuplicates.
df = spark.readStream.format("json").schema("id INT, value DOUBLE").load(INPUT)

dims = spark.createDataFrame([(0.0, "zero"), (float("nan"), "not a number"), (1.5, "one and a half")], "value DOUBLE, name STRING")
result = df.join(dims, on="value", how="left_outer").dropDuplicates(["value", "name"])
OUTPUT_MODE = "append"
