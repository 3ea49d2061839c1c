from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING").load(INPUT)
result = df.select("id", F.from_csv("s", "a INT, b STRING, c DOUBLE").alias("r"),
    F.from_csv("s", F.lit("x BIGINT, y BOOLEAN")).alias("r2"),
    F.expr("from_csv(s, 'd DATE, t TIMESTAMP, e DECIMAL(5,2)')").alias("r3"),
    F.from_csv("s", "a INT, b STRING, c DOUBLE", {"sep": ";"}).alias("r4"),
    F.from_csv("s", "a INT, b STRING, c DOUBLE"))
OUTPUT_MODE = "append"
