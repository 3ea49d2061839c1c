from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "round(round(m, 1), 1) AS c1", "CASE WHEN b THEN ts ELSE ts END", "to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c3").where("(isnull(timestamp_seconds(10)) OR (c1 = 1.25))")
OUTPUT_MODE = "append"
