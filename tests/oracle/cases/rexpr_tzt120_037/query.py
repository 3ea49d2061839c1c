spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, j INT, m DECIMAL(7,0), s STRING, dt DATE, d DOUBLE, n DECIMAL(20,0), i INT, ts TIMESTAMP, f FLOAT").json(INPUT)
result = df.select("id", expr("(b OR CASE WHEN b THEN b WHEN (dt < to_date('2023-12-31')) THEN (ts IS NOT NULL) WHEN b THEN (d IS NOT NULL) ELSE b END)"), expr("round(m, 1)").alias("c2"))
OUTPUT_MODE = "append"
