from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.substring(F.array_join(F.transform(F.split(F.repeat(F.left(col("s"), lit(2)), 0), " "), lambda x: F.initcap(x)), ""), 0, 0).alias("c1"), expr("CAST(ts AS BIGINT) AS c2"), F.round((col("i") * (col("m") * col("d"))), 3).alias("c3"), expr("try_element_at(split(date_format(ts, 'Q'), ' '), 1)")).where("((i IN (-1, 10)) OR (ts IS NOT NULL))")
OUTPUT_MODE = "append"
