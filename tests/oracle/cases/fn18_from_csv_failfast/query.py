from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING").load(INPUT)
result = df.select("id", F.from_csv("s", "a INT", {"mode": "FAILFAST"}).alias("r"))
OUTPUT_MODE = "append"
