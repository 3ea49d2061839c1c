spark.conf.set("spark.sql.session.timeZone", "+05:30")
from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING, t TIMESTAMP, e BIGINT, d DATE, y INT, mo INT, dd INT, h INT, mi INT").load(INPUT)
result = df.select(
    "id", "t",
    F.col("t").cast("string").alias("t_str"),
    F.col("t").cast("date").alias("t_date"),
    F.col("s").cast("timestamp").alias("s_ts"),
    F.col("d").cast("timestamp").alias("d_ts"),
    F.col("t").cast("timestamp_ntz").alias("t_ntz"),
    F.col("s").cast("timestamp_ntz").cast("timestamp").alias("ntz_ts"),
    F.hour("t").alias("hour"), F.minute("t").alias("minute"), F.second("t").alias("second"),
    F.dayofweek("t").alias("dow"), F.dayofmonth("t").alias("dom"), F.dayofyear("t").alias("doy"),
    F.to_date("t").alias("to_date"),
    F.to_date("s", "yyyy-MM-dd HH:mm:ss").alias("to_date_fmt"),
    F.to_timestamp("s").alias("to_ts"),
    F.to_timestamp("s", "yyyy-MM-dd HH:mm:ss").alias("to_ts_fmt"),
    F.unix_timestamp("s").alias("unix_s"),
    F.unix_timestamp("d").alias("unix_d"),
    F.from_unixtime("e").alias("from_unix"),
    F.date_format("t", "yyyy-MM-dd HH:mm:ss XXX").alias("fmt"),
    F.date_trunc("HOUR", "t").alias("trunc_hour"),
    F.date_trunc("DAY", "t").alias("trunc_day"),
    F.date_trunc("MONTH", "t").alias("trunc_month"),
    F.trunc("t", "MM").alias("trunc_mm"),
    F.expr("date_part('HOUR', t)").alias("part_hour"),
    F.expr("extract(DAY FROM t)").alias("extract_day"),
    F.make_timestamp("y", "mo", "dd", "h", "mi", F.lit(15)).alias("make_ts"),
    F.make_timestamp("y", "mo", "dd", "h", "mi", F.lit(15), F.lit("Asia/Kolkata")).alias("make_ts_tz"),
    F.current_timezone().alias("zone"),
)
OUTPUT_MODE = "append"
