from pyspark.sql.functions import col
df = spark.readStream.format("json").schema("id INT, m DECIMAL(38,2), n DECIMAL(5,3)").load(INPUT)
result = df.select("id", (col("m") * col("m")).alias("sq"))
OUTPUT_MODE = "append"
