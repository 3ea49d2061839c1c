df = spark.readStream.format("json").schema("s STRING, t STRING, n INT, p INT, d DATE, x DOUBLE").load(INPUT)

from pyspark.sql import functions as F
counts = df.groupBy("s").agg(F.count("*").alias("c"), F.max("x").alias("mx"))
result = counts.select("s", "c").orderBy(F.col("mx").desc())
OUTPUT_MODE = "complete"
