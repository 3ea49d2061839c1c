spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("(id % nullif(j, 0))").alias("c1"), expr("(id DIV i)").alias("c2"), expr("bround(d, 0)").alias("c3"), expr("CASE WHEN (s != ' ') THEN coalesce(id, 3L) ELSE id END").alias("c4"), F.bround(F.round(F.exp((lit(100.0) * lit(3).cast("bigint"))), -1), 0).alias("c5")).where((~F.coalesce((-col("d")).between(lit(2.0), lit(float("nan"))), lit(False))))
OUTPUT_MODE = "append"
