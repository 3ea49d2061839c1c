from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, k STRING").load(INPUT)
result = df.select("id", F.create_map(F.col("k"), F.lit(1), F.lit("a"), F.lit(2)).alias("m"))
OUTPUT_MODE = "append"
