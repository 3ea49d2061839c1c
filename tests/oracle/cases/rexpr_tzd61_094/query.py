spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(endswith(t, '') OR (b IS NULL))").select("id", F.date_from_unix_date(lit(5)).alias("c1"), F.regexp_like(col("t"), lit("o$")).alias("c2"), expr("xxhash64(aggregate(split(least('a', t), ' '), 0, (acc, x) -> acc + length(x)), least(m, m, m)) AS c3")).where("(c2 OR (id IS NOT NULL))")
OUTPUT_MODE = "append"
