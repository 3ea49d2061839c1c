df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import col, date_format, to_date, dayofweek, minute, split, lpad, initcap, unix_timestamp, date_trunc
result = df.select(date_format("timestamp", "yyyy/MM/dd HH:mm").alias("f"), to_date("timestamp").alias("d"), dayofweek("timestamp").alias("dow"),
                   minute("timestamp").alias("m"), split(col("category"), "o").alias("parts"), lpad("category", 8, "*").alias("p"),
                   initcap(col("category")).alias("ic"), unix_timestamp("timestamp").alias("u"), date_trunc("hour", "timestamp").alias("h"))
OUTPUT_MODE = "append"
