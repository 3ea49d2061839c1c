from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "b", "(m + -3.10) AS c1", "trunc(to_date(date_trunc('WEEK', to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'))), 'Q') AS c2", "posexplode_outer(map(zeroifnull(i), CAST(make_dt_interval(i) + make_dt_interval(0, -1) AS STRING)))", "CAST(id AS BOOLEAN) AS c4")
OUTPUT_MODE = "append"
