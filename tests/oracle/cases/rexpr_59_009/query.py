from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "t", expr("(trunc(dt, 'YEAR') < date_add(add_months(date_sub(dt, i), i), i)) AS c1"), expr("least(dt, dt)").alias("c2"), expr("(5 - (3 * id)) AS c3"), F.pmod(col("id"), F.nullif(col("i"), lit(0))).alias("c4")).filter("coalesce((s < try_element_at(split(s, '[aeiou]'), 2)), true)")
OUTPUT_MODE = "append"
