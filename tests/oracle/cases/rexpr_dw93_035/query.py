from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "ifnull(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c1", "((dt > to_date('2000-01-01')) AND (d >= 0.1D))").filter("(CASE WHEN b THEN b ELSE (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') END OR (i <> -1))")
OUTPUT_MODE = "append"
