from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(i >= -1)").selectExpr("id", "make_timestamp(year(date_from_unix_date(abs(day(dt)))), month(date_from_unix_date(abs(day(dt)))), dayofmonth(date_from_unix_date(abs(day(dt)))), 23, 59, 0) AS c1", "(id / nullif(d, 0)) AS c2").where("(c2 <= 0.001D)")
OUTPUT_MODE = "append"
