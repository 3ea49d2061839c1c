from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), t STRING, dt DATE, b BOOLEAN, i INT, ts TIMESTAMP, j INT, d DOUBLE, s STRING, n DECIMAL(9,5)").json(INPUT)
result = df.filter((~F.coalesce(F.isnull(F.replace(F.struct(col("t").alias("p"), lit("abc").alias("q")).getField("q"), lit("o"), lit("0"))), lit(False)))).withColumn("c1", F.nullif(col("j"), lit(5))).withColumn("c2", F.round(col("d"), 3)).withColumn("c3", (col("id") + F.dayofmonth(col("ts")))).withColumn("c4", expr("date_format(trunc(if(b, DATE'2025-03-01', to_date('2024-02-29')), 'yy'), 'EEEE')")).where((F.equal_null(F.locate("o", col("t")), lit(-1)) | col("s").isNull()))
OUTPUT_MODE = "append"
