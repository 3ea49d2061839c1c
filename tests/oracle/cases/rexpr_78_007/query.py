from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, j INT, s STRING, b BOOLEAN, dt DATE, i INT, f FLOAT, m DECIMAL(18,6), d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.where((F.when((col("s") <= lit("")), F.ascii(col("s")).isin(lit(3))).when(col("b"), (col("m") * expr("-3.10")).between(lit(.001).cast("decimal(4,3)"), lit(.001).cast("decimal(4,3)"))) | (col("m") == lit(.001).cast("decimal(4,3)")))).select("id", "d", expr("nullif(if((TRY_CAST(s AS BOOLEAN) OR (f IS NOT NULL)), (id + id), k), 86400L) AS c1"), expr("(3 * id)"), (~lit(False)).alias("c3"))
OUTPUT_MODE = "append"
