# JSON's allowNonNumericNumbers (on by default): bare NaN, Infinity, -Infinity, +INF...
# tokens are read as doubles; in a string column they are the token's text.
df = spark.readStream.format("json").schema("id INT, value DOUBLE, label STRING").load(INPUT)
result = df
OUTPUT_MODE = "append"
