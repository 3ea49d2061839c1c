df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql import functions as F
# Sessions that a later batch's event bridges merge their partial aggregates: every
# value is kept (collect_list, string_agg, percentile, mode), duplicates included;
# collect_set keeps one of each.
result = df.withWatermark("timestamp", "30 minutes").groupBy(F.session_window("timestamp", "10 minutes"), "category").agg(
    F.count("*").alias("n"),
    F.array_sort(F.collect_list("value")).alias("values"),
    F.array_sort(F.collect_set("value")).alias("distinct_values"),
    F.length(F.string_agg(F.col("value").cast("string"), ",")).alias("agg_len"),
    F.percentile("value", 0.5).alias("median"),
    F.sum("value").alias("s"),
)
OUTPUT_MODE = "append"
