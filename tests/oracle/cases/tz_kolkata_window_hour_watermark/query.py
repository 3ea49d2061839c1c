spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = (df.withWatermark("timestamp", "1 hour")
    .groupBy(F.window("timestamp", "1 hour"), "category")
    .agg(F.count("*").alias("n"), F.max("timestamp").alias("last"))
    .select(F.col("window.start").cast("string").alias("start_text"), "window", "category", "n", "last",
            F.hour("window.start").alias("start_hour")))
OUTPUT_MODE = "append"
