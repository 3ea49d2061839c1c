from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
result = df.withColumn("y", F.col("s").bitwiseOR(F.col("n"))).selectExpr("id", "y", "s & i", "i | '6'", "s ^ l AS x", "typeof(s & n) AS t")
OUTPUT_MODE = "append"
