spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, j INT, i INT, s STRING, m DECIMAL(18,6), dt DATE").json(INPUT)
result = df.filter(F.coalesce(F.array_contains(F.split(col("id").cast("string"), ","), "b"), lit(True))).selectExpr("(0L / 10.0D) AS c1", "regexp_extract(s, '(.)(.)', 0) AS c2", "date_add(CASE WHEN b THEN dt ELSE nullif(dt, DATE'2024-02-29') END, i) AS c3")
OUTPUT_MODE = "append"
