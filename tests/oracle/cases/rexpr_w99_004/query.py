from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, i INT, b BOOLEAN, t STRING, n DECIMAL(4,1), s STRING, m DECIMAL(10,2), ts TIMESTAMP").load(INPUT)
result = df.where("((i <= 5) OR (n IS NOT NULL))").withColumn("c1", expr("length(mask(s))")).withColumn("c2", F.log10(F.abs(col("d")) + lit(1))).withColumn("ts", expr("nvl2(s, ts, TIMESTAMP'1999-12-31 23:59:59.999')")).select("id", "c1", "c2").where("((b AND (s < t)) OR (dt <= to_date('2025-03-01')))")
OUTPUT_MODE = "append"
