spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, d DOUBLE, i INT, dt DATE, m DECIMAL(12,4), ts TIMESTAMP, j INT, b BOOLEAN, s STRING").json(INPUT)
result = df.groupBy(expr("add_months(dt, i) AS k1")).agg(expr("(max(sqrt(m)) - min(sqrt(m))) AS a1"), F.round(F.avg(lit(0.1)), 0).alias("a2"), F.sum(F.length(F.repeat(F.try_element_at(F.split(col("s"), "-"), lit(2)), 3))).alias("a3"))
OUTPUT_MODE = "complete"
