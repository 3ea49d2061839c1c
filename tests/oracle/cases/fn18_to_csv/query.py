from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, a INT, b STRING, c DOUBLE, d DATE, t TIMESTAMP, e DECIMAL(5,2), f BOOLEAN").load(INPUT)
result = df.select("id", F.to_csv(F.struct("a", "b", "c")), F.to_csv(F.struct("d", "t", "e", "f")).alias("x"),
    F.to_csv(F.struct("a", "b"), {"sep": ";"}).alias("y"), F.expr("to_csv(named_struct('k', b, 'n', id))").alias("z"))
OUTPUT_MODE = "append"
