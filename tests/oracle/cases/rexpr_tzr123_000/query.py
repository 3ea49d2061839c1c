spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, f FLOAT, m DECIMAL(10,2), i INT, s STRING, j INT, t STRING, ts TIMESTAMP, dt DATE, n DECIMAL(5,3)").load(INPUT)
result = df.where("((j > 0) OR (i <= 3))").groupBy(F.asinh(F.e() * col("i")).alias("k1")).agg(expr("min(array_join(regexp_extract_all(t, '([a-z]+)', 1), '|')) AS a1"), expr("round(stddev_pop((i + n)), 6)").alias("a2"), expr("round(avg(year(TIMESTAMP'1999-12-31 23:59:59.999')), 3) AS a3"), expr("any_value((f IN (100.0D, 2.0D, 0.1D)) IS NOT NULL) AS a4"))
OUTPUT_MODE = "complete"
