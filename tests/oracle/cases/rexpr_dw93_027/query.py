from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((i IN (2, 2)) OR (d >= 3.75D))").withColumn("c1", F.expr("(i & -1)").cast("int")).withColumn("c2", (F.to_date(lit("2025-03-01")) - expr("INTERVAL 2 YEARS"))).withColumn("c3", expr("repeat(s, -1)")).withColumn("c4", expr("dayofyear(dt)")).withColumn("c5", F.sqrt(col("dt"))).withColumn("t", expr("from_unixtime(CASE WHEN exists(split(t, ' '), x -> x = 'o') THEN i WHEN CASE WHEN b THEN b WHEN (n = 0.001) THEN (ts IS NOT NULL) ELSE b END THEN CAST((i | 3) AS INT) ELSE weekofyear(dt) END, 'HH:mm')")).select("id", "c1", "c2", "c3", "c4", "c5").where(col("t").isNotNull())
OUTPUT_MODE = "append"
