from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(n <> 1.25)").selectExpr("id", "j", "nullif(TRY_CAST(s AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00') AS c1", "CASE WHEN (d IS NOT NULL) THEN substr(get(split(translate(s, 'lo', '01'), ','), 2), -3, 10) WHEN (t <> '2024-02-29') THEN t ELSE 'x-y' END AS c2", "TRY_CAST(n AS INT)", "date_format((to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') + INTERVAL -3 DAYS), 'EEE') AS c4", "(next_day(dt, 'fri') <= CASE WHEN b THEN dt WHEN b THEN dt WHEN b THEN dt ELSE dt END)").where(((col("m") >= col("d")) | (col("i") == lit(2))))
OUTPUT_MODE = "append"
