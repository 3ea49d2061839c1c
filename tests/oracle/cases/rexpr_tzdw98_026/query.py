spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((i IN (5, 5)) OR (i IS NOT NULL))").groupBy(expr("lpad(ucase('2024-02-29'), 3, 'é') AS k1")).agg(F.avg(F.char_length(F.get(F.split(F.substring(col("s"), 1, 0), "[aeiou]"), 0))).alias("a1"), F.sum(F.when(col("id").isNotNull(), col("i")).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "complete"
