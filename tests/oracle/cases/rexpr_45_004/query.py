from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("make_date(2024, 12, least(dayofmonth(trunc(dt, 'MM')), 28))")).withColumn("c2", expr("next_day(last_day(dt), 'SUN')"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT ts, d FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
