from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.next_day(F.to_date(lit("2000-01-01")), "fri")).withColumn("c2", (col("id") - F.least(col("id"), col("id")))).withColumn("c3", expr("CAST(j AS BIGINT)")).withColumn("c4", expr("date_trunc('MINUTE', nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'))")).withColumn("c5", expr("named_struct('x', i, 'y', array(s))")).select("id", "c1", "c2", "c3", "c4", "c5").where((~F.coalesce((col("f") <= lit(-1.5)), lit(False))))
OUTPUT_MODE = "append"
