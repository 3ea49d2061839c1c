spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, t TIMESTAMP, s STRING, z STRING").load(INPUT)
result = df.select(
    "id",
    F.from_utc_timestamp("t", "Asia/Kolkata").alias("from_kolkata"),
    F.from_utc_timestamp("t", F.col("z")).alias("from_z"),
    F.from_utc_timestamp("s", "+05:30"),
    F.to_utc_timestamp("t", "America/Los_Angeles").alias("to_la"),
    F.to_utc_timestamp("s", F.col("z")),
    F.convert_timezone(F.lit("Europe/Berlin"), F.lit("America/New_York"), F.col("s").cast("timestamp_ntz")).alias("conv3"),
    F.convert_timezone(None, F.col("z"), F.col("s").cast("timestamp_ntz")),
    F.expr("convert_timezone('UTC', 'Asia/Kolkata', s)").alias("conv_sql"),
    F.col("t").cast("string").alias("t_str"),
)
OUTPUT_MODE = "append"
