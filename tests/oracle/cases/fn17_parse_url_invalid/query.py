from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, j STRING, u STRING").load(INPUT)
result = df.select("id", F.expr("try_parse_url(u, 'HOST')").alias("t"), F.expr("parse_url(u, 'HOST')").alias("h"))
OUTPUT_MODE = "append"
