spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(18,6), s STRING, b BOOLEAN, d DOUBLE, i INT, dt DATE, t STRING, ts TIMESTAMP").json(INPUT)
result = df.where((F.coalesce(col("b"), lit(False)) | (col("dt") <= F.to_date(lit("2023-12-31"))))).selectExpr("id", "(ts + INTERVAL '90' MINUTE) AS c1", "((id - id) % nullif(i, 0)) AS c2", "minute(ts) AS c3")
OUTPUT_MODE = "append"
