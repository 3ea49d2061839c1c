from pyspark.sql.functions import col, expr, lit
df = spark.readStream.format("json").schema("id INT, m DECIMAL(10,2), n DECIMAL(5,3), i INT, l BIGINT").load(INPUT)
result = df.select("id", (col("m") + col("n")).alias("a"), (col("m") - col("n")).alias("b"), (col("m") * col("n")).alias("c"),
                   (col("m") / col("n")).alias("d"), (col("m") % col("n")).alias("e"), (col("m") * col("i")).alias("f"),
                   (col("m") + 1).alias("g"), (col("m") / 3).alias("h"), expr("n * n * n").alias("k"), expr("m / l").alias("q"),
                   expr("-m + i * 2").alias("r"), expr("try_divide(m, n)").alias("t"))
OUTPUT_MODE = "append"
