from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), ts TIMESTAMP, s STRING, i INT, d DOUBLE, dt DATE, m DECIMAL(10,2), j INT").json(INPUT)
result = df.selectExpr("i", "nvl((id IS NOT NULL), false)", "pmod((m % -4.5), 2.5) AS c2", "months_between(date_add(if((m = 99.99), dt, DATE'2000-01-01'), locate('o', s)), dt, false) AS c3", "timestampdiff(HOUR, ts, ts)", "pow((try_divide(CAST(NULL AS DOUBLE), i) * d), 0.5) AS c5", "unix_timestamp(s) AS c6").where((col("m") <= lit(.001).cast("decimal(4,3)")))
OUTPUT_MODE = "append"
