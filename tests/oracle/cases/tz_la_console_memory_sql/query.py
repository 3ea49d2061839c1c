spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING").load(INPUT)
result = df.select("timestamp", "category", F.to_date("timestamp").alias("day"), F.col("timestamp").cast("timestamp_ntz").alias("wall"))
OUTPUT_MODE = "append"
QUERY_NAME = "tz_console_rows"
SQL = ["SELECT category, CAST(timestamp AS STRING) AS ts_text, hour(timestamp) AS h, date_format(timestamp, 'yyyy-MM-dd HH:mm z') AS f FROM tz_console_rows ORDER BY category"]
