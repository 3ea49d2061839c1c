from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, n DECIMAL(5,3), i INT, j INT, ts TIMESTAMP, s STRING, b BOOLEAN, m DECIMAL(12,4), k BIGINT").load(INPUT)
result = df.withColumn("c1", expr("isnull(date_sub(dt, i))")).withColumn("c2", expr("if((m <> 0.5), least(add_months(dt, i), dt), to_date(date_format(DATE'2000-01-01', 'dd/MM/yyyy'), 'dd/MM/yyyy'))")).withColumn("c3", F.pow(expr("100BD"), 2.0)).withColumn("c4", (col("d") - F.abs(col("i")))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
