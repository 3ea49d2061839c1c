from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, f FLOAT, d DOUBLE, i INT, ts TIMESTAMP, dt DATE, b BOOLEAN, j INT, t STRING, m DECIMAL(10,2), s STRING").load(INPUT)
result = df.filter((~F.coalesce(col("b").eqNullSafe(col("s").rlike("[aeiou]{2}")), lit(False)))).withColumn("c1", expr("(bround(m, 2) / nullif(TRY_CAST(t AS DECIMAL(6,3)), 0))")).withColumn("c2", expr("CASE WHEN (f < id) THEN greatest(to_date(ts), add_months(dt, i), dt) ELSE CASE WHEN b THEN dt WHEN (NOT b) THEN dt ELSE to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd') END END")).withColumn("c3", (col("s") != F.format_number(col("id"), 2))).drop("f", "d", "i", "ts", "dt", "b", "j", "t", "s").filter(F.coalesce(expr("concat(space(3), t)").rlike("^\\s"), lit(True)))
OUTPUT_MODE = "append"
