from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN isnan(d) THEN CAST(CAST(NULL AS DATE) AS TIMESTAMP) WHEN (dt >= to_date('2023-12-31')) THEN ts WHEN (d <=> CAST(NULL AS DECIMAL(10,2))) THEN to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') END AS c1", "CASE WHEN (i < 5) THEN to_date('2023-12-31') WHEN (t >= ' ') THEN dt WHEN b THEN dt ELSE dt END")
OUTPUT_MODE = "append"
