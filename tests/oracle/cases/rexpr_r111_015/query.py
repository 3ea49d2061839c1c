from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(10,2), b BOOLEAN, s STRING, t STRING, dt DATE, d DOUBLE, i INT, j INT, ts TIMESTAMP").json(INPUT)
result = df.select("i", F.to_char(expr("sequence(add_months(dt, i), date_add(add_months(dt, i), 3), INTERVAL 1 DAY)[1]"), lit('yyyy/MM/dd')).alias("c1"), ((col("id") + col("i")) * lit(2)).alias("c2"), expr("inline_outer(filter(array(struct(i AS p, d AS q)), e -> e.p > 0))"))
OUTPUT_MODE = "append"
