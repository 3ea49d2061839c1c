from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("i") == lit(-1))).select("id", "dt", expr("nullif(log(10, f), 0.1D) AS c1"), expr("(- (m * m))").alias("c2"), F.add_months(F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy"), col("i")).alias("c3"), F.when(col("s").isNotNull(), col("j")).when(F.isnan(col("f")), F.dayofweek(F.to_date(lit("2024-02-29")))).when(col("dt").isNotNull(), col("j")).otherwise(col("j")).alias("c4")).where((col("t") > lit("a")))
OUTPUT_MODE = "append"
