from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("j").agg(F.sum(F.when(col("t").like("%"), F.round(expr("-3.10"))).otherwise(lit(0))).alias("a1"), F.count_if(F.when(F.when(col("j").isNotNull(), col("b")).when(col("b"), col("ts").isNotNull()), F.unix_timestamp(col("dt"))).otherwise(col("id")).cast("boolean")).alias("a2"), expr("sum(CASE WHEN (to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy') > ts) THEN i ELSE 0 END) AS a3"))
OUTPUT_MODE = "update"
