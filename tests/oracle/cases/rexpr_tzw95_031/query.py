spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(isnull(CASE WHEN b THEN m WHEN (b IS NOT TRUE) THEN 99.99 WHEN b THEN 0.001 END) OR (s IS NOT NULL))").select("id", expr("coalesce(i, 10)"), expr("nullif(try_to_date(t), DATE'2023-12-31') AS c2"))
OUTPUT_MODE = "append"
