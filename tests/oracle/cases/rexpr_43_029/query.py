from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "add_months(dt, 0) AS c1", "CASE WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN m WHEN (i <> 10) THEN m WHEN b THEN 0.5 ELSE m END", "CASE WHEN b THEN j ELSE i END AS c3", "coalesce(trim(concat(s, CAST(DATE'2024-02-29' AS STRING), s)), right(s, 0), '2024-02-29') AS c4", "(- j) AS c5", "CASE WHEN (m IS NOT NULL) THEN dt WHEN (ts IS NOT NULL) THEN to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd') ELSE dt END AS c6").filter("(d > 3.75D)")
OUTPUT_MODE = "append"
