from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, m MAP<STRING, INT>, m2 MAP<STRING, INT>").load(INPUT)
result = df.select("id", F.map_concat("m", "m2").alias("mc"))
OUTPUT_MODE = "append"
