from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((expr("CASE t WHEN '' THEN dt WHEN 'x-y' THEN DATE'2023-12-31' ELSE dt END") > F.to_timestamp(F.date_format(col("ts"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS")) | (col("j") == lit(10)))).groupBy(F.nvl2(col("b"), F.month(F.to_date(lit("2024-02-29"))), lit(2)).alias("k1")).agg(F.count_if(F.nvl2(F.ifnull(col("ts"), lit(None).cast("timestamp")), col("b"), lit(False))).alias("a1"), F.min(F.greatest((col("id") - col("id")), col("id"), (col("id") % lit(7)))).alias("a2"), expr("avg(nullif((1 * i), 5)) AS a3"), F.round(F.avg(F.least(lit(0.1), F.sign(col("d")), F.coalesce(F.round(col("d"), 1), (col("d") * col("d")), lit(2.0)))), 0).alias("a4"))
OUTPUT_MODE = "update"
