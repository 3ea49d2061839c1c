from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(38,10), j INT, t STRING, s STRING, d DOUBLE, i INT, ts TIMESTAMP, dt DATE, b BOOLEAN").load(INPUT)
result = df.selectExpr("least(id, coalesce(1L, 0L)) AS c1", "(next_day(CASE WHEN b THEN dt WHEN b THEN trunc(dt, 'mon') WHEN (dt IS NOT NULL) THEN dt ELSE dt END, 'Mon') - INTERVAL -10 DAYS) AS c2")
OUTPUT_MODE = "append"
