from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("instr(format_string('%d%%', 0L), 'o')")).withColumn("c2", expr("signum((nullif(i, -1) + 1))")).withColumn("c3", (-F.when(col("b"), col("i")).otherwise(col("i")))).withColumn("c4", expr("nullif(id, -2L)")).withColumn("dt", expr("TRY_CAST(' ' AS DATE)")).select("id", "c1", "c2", "c3", "c4").where("coalesce(((c3 <= 0) AND (id IS NOT NULL)), true)")
OUTPUT_MODE = "append"
