from pyspark.sql.functions import col, abs as abs_, round as round_, floor, ceil
df = spark.readStream.schema("timestamp TIMESTAMP, n INT, m LONG, value DOUBLE, s STRING").json(INPUT)
result = df.select((col("n") + col("m")).alias("a"), (col("n") * 3).alias("b"), (col("m") % 4).alias("c"), (col("n") / 4).alias("d"),
                   abs_(col("value") - 50).alias("e"), round_(col("value"), 1).alias("f"), floor("value").alias("g"), ceil("value").alias("h"),
                   col("s").cast("int").alias("i"), col("value").cast("long").alias("j"), (col("n") > col("value")).alias("k"),
                   col("value").cast("string").alias("l"))
OUTPUT_MODE = "append"
